using AngleSharp.Dom;
using Bunit;

namespace CrmTelnyx.Tests.Infrastructure;

public static class TypedInput
{
    /// <summary>
    /// Types a value as a person would: a MudTextField with Immediate (or a debounce) listens to input events, one
    /// without it to change events; the test need not know which.
    /// </summary>
    public static void Type(this IElement input, string value)
    {
        if (input.HasAttribute("blazor:oninput")) input.Input(value);
        else input.Change(value);
    }
}
