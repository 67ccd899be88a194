using System.ComponentModel.DataAnnotations;
using CrmTelnyx.Validation;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// What a person may change of a number, as the number's page collects it; <see cref="EditNumber"/> checks the same rules
/// again before anything is stored.
/// </summary>
public sealed class NumberForm
{
    [StringLength(CompanyNumberLimits.FriendlyName, ErrorMessage = LengthLimit.AtMostFormat)]
    public string? FriendlyName { get; set; }

    /// <summary>A two-letter code from <see cref="NumberStates"/>, or null for the state of the number's area code.</summary>
    public string? State { get; set; }

    public bool BlastsEnabled { get; set; }

    /// <summary>The number's version when the form was loaded: saving over a newer one may be a conflict (<see cref="NumberConflict"/>).</summary>
    public long Version { get; set; }

    public static NumberForm From(CompanyNumber n) => new()
    {
        FriendlyName = n.FriendlyName,
        // A state equal to the area code's shows as "from the area code": that is what it is, however it was set.
        State = n.State == NumberStates.OfAreaCode(n.PhoneNumber) ? null : n.State,
        BlastsEnabled = n.BlastsEnabled,
        Version = n.Version,
    };

    public static string? StateError(string? state) =>
        state is null || NumberStates.IsChoice(state) ? null : $"'{state}' is not a US state.";

    /// <summary>Every rule of every field: the field's name and its message, empty when the form can be saved.</summary>
    public Dictionary<string, string> Validate()
    {
        var errors = AnnotationErrors.Of(this);
        if (StateError(State) is { } state) errors.TryAdd(nameof(State), state);
        return errors;
    }

    /// <summary>The values as they would be stored for the number <paramref name="phoneNumber"/>: trimmed, the state resolved.</summary>
    public NumberEdits ToEdits(string phoneNumber) => new(
        string.IsNullOrWhiteSpace(FriendlyName) ? null : FriendlyName.Trim(),
        State ?? NumberStates.OfAreaCode(phoneNumber),
        BlastsEnabled);
}

/// <summary>A number's editable values as stored.</summary>
public sealed record NumberEdits(string? FriendlyName, string? State, bool BlastsEnabled)
{
    public static NumberEdits Of(CompanyNumber n) => new(n.FriendlyName, n.State, n.BlastsEnabled);

    public void ApplyTo(CompanyNumber n)
    {
        n.FriendlyName = FriendlyName;
        n.State = State;
        n.BlastsEnabled = BlastsEnabled;
    }
}
