using System.Text;

namespace CrmTelnyx.Telnyx;

/// <summary>Builds Telnyx's deepObject query strings (<c>filter[country_code]=US&amp;filter[features]=sms,voice</c>), skipping empty values.</summary>
public sealed class TelnyxQuery(string path)
{
    private readonly StringBuilder query = new();

    public TelnyxQuery Add(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return this;
        query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value.Trim()));
        return this;
    }

    public TelnyxQuery Add(string name, int? value) => Add(name, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public TelnyxQuery Add(string name, IEnumerable<string>? values) =>
        Add(name, values is null ? null : string.Join(',', values.Where(v => !string.IsNullOrWhiteSpace(v))));

    public override string ToString() => path + query;
}
