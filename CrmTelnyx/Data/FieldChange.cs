namespace CrmTelnyx.Data;

/// <summary>
/// One field someone else changed since a form was loaded (<see cref="IVersioned"/>): its value as saved now, and the
/// value this form would save over it, both as people read them ("" for empty).
/// </summary>
/// <param name="Field">The form's property name, for tests and the page's markup.</param>
public sealed record FieldChange(string Field, string Label, string Theirs, string Yours);
