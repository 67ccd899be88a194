using System.Globalization;

namespace CrmTelnyx.Features.Numbers;

/// <summary>The Settings page's "Number health" fields, with the version they were loaded at and each field's rule.</summary>
public sealed class NumberHealthSettingsForm
{
    public decimal? MinimumDeliveryRatePercent { get; set; }

    public decimal? MaximumOptOutRatePercent { get; set; }

    public int? MinimumSample { get; set; }

    public int? WindowDays { get; set; }

    public bool PauseFlaggedNumbers { get; set; }

    public long Version { get; set; }

    public const int MaximumSample = 1_000_000;
    public const int MaximumWindowDays = 90;

    public static NumberHealthSettingsForm From(NumberHealthSettings settings) => new()
    {
        MinimumDeliveryRatePercent = settings.MinimumDeliveryRatePercent,
        MaximumOptOutRatePercent = settings.MaximumOptOutRatePercent,
        MinimumSample = settings.MinimumSample,
        WindowDays = settings.WindowDays,
        PauseFlaggedNumbers = settings.PauseFlaggedNumbers,
        Version = settings.Version,
    };

    public NumberHealthSettingsForm Copy() => (NumberHealthSettingsForm)MemberwiseClone();

    public void ApplyTo(NumberHealthSettings settings)
    {
        settings.MinimumDeliveryRatePercent = MinimumDeliveryRatePercent!.Value;
        settings.MaximumOptOutRatePercent = MaximumOptOutRatePercent!.Value;
        settings.MinimumSample = MinimumSample!.Value;
        settings.WindowDays = WindowDays!.Value;
        settings.PauseFlaggedNumbers = PauseFlaggedNumbers;
    }

    public static string? RateError(decimal? percent) =>
        percent is null ? "Enter a percentage from 0 to 100."
        : percent is < 0 or > 100 ? "A percentage from 0 to 100."
        : decimal.Round(percent.Value, 2) != percent ? "At most two decimals."
        : null;

    public static string? SampleError(int? texts) =>
        texts is null ? "Enter how many texts a number must send before it is judged."
        : texts is < 1 or > MaximumSample ? $"From 1 to {MaximumSample.ToString("N0", CultureInfo.InvariantCulture)} texts."
        : null;

    public static string? WindowError(int? days) =>
        days is null ? "Enter how many days of texts to judge."
        : days is < 1 or > MaximumWindowDays ? $"From 1 to {MaximumWindowDays} days."
        : null;

    /// <summary>Why each field cannot be saved, by property name; empty when all can.</summary>
    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        void Check(string field, string? error)
        {
            if (error is not null) errors[field] = error;
        }
        Check(nameof(MinimumDeliveryRatePercent), RateError(MinimumDeliveryRatePercent));
        Check(nameof(MaximumOptOutRatePercent), RateError(MaximumOptOutRatePercent));
        Check(nameof(MinimumSample), SampleError(MinimumSample));
        Check(nameof(WindowDays), WindowError(WindowDays));
        return errors;
    }
}
