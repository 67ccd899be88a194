using CrmTelnyx.Hosting;

namespace CrmTelnyx.Features.Calls.Recordings;

/// <summary>Wakes the downloader as soon as a recording is known: its link expires in 10 minutes, so the poll is only a fallback.</summary>
public sealed class RecordingDownloadSignal : WakeSignal;
