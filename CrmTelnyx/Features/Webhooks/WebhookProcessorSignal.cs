using CrmTelnyx.Hosting;

namespace CrmTelnyx.Features.Webhooks;

/// <summary>Wakes the processor right after an event is stored, so it is applied at once instead of at the next sweep.</summary>
public sealed class WebhookProcessorSignal : WakeSignal;
