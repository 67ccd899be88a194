namespace CrmTelnyx.Features.Calls.Audio;

/// <summary>An uploaded recording in use: its stored name (for the link) and the name it was uploaded under (to show).</summary>
public sealed record UploadedAudio(string? FileName, string? ShownName)
{
    public static readonly UploadedAudio None = new(null, null);
}
