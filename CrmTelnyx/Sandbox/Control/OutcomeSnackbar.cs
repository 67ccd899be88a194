using MudBlazor;

namespace CrmTelnyx.Sandbox.Control;

/// <summary>Shows what a control-page action did; the text carries data-sandbox-notice for tests and scripts.</summary>
public static class OutcomeSnackbar
{
    public static void Show(this ISnackbar snackbar, ControlOutcome outcome) => snackbar.Add(
        builder =>
        {
            builder.OpenElement(0, "span");
            builder.AddAttribute(1, "data-sandbox-notice", outcome.Accepted ? "ok" : "refused");
            builder.AddContent(2, outcome.Message);
            builder.CloseElement();
        },
        outcome.Accepted ? Severity.Success : Severity.Error);
}
