namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>The sizes a blast's fields may have, held alike by the composer, the use cases and the database.</summary>
public static class BlastLimits
{
    public const int NameLength = 100;
    /// <summary>Ten parts of UCS-2 text, the most Telnyx accepts in one message, with room for merge fields before rendering.</summary>
    public const int TextLength = 1600;
    public const int MediaUrlLength = MediaAttachments.UrlLength;
}
