namespace CrmTelnyx.Live;

/// <summary>A short notice for a person (shown as a snackbar), or a line in the start page's activity list.</summary>
public sealed record LiveNotice(string Title, string Text)
{
    public const string EventName = "toast";
}
