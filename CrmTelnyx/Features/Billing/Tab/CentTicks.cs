namespace CrmTelnyx.Features.Billing.Tab;

/// <summary>Chart ticks for amounts plotted in cents (MudBlazor's ticks are whole numbers).</summary>
public static class CentTicks
{
    /// <summary>A round step in cents (1, 2 or 5 times a power of ten) giving about five ticks up to the tallest bar.</summary>
    public static int For(double most)
    {
        var rough = Math.Max(1, most / 5);
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        return (int)new[] { 1, 2, 5, 10 }.Select(f => f * power).First(step => step >= rough);
    }
}
