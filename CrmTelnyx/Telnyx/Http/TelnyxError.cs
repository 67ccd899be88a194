namespace CrmTelnyx.Telnyx;

/// <summary>One item of Telnyx's error body <c>{"errors":[{code,title,detail,source}]}</c>; <c>code</c> is a string.</summary>
public sealed record TelnyxError(string? Code, string? Title, string? Detail, TelnyxErrorSource? Source)
{
    /// <summary>One billing-group endpoint family uses "description" instead of "detail".</summary>
    public string? Description { get; init; }
}

public sealed record TelnyxErrorSource(string? Pointer, string? Parameter);

public sealed record TelnyxErrorBody(IReadOnlyList<TelnyxError>? Errors);
