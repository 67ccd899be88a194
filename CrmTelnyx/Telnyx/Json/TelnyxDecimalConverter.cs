using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmTelnyx.Telnyx;

/// <summary>Telnyx sends money as strings ("0.0051"); read those (and plain numbers) as decimal, write strings back.</summary>
public sealed class TelnyxDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TelnyxNullableDecimalConverter.ReadValue(ref reader)
        ?? throw new JsonException("Expected a decimal amount, found an empty value.");

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}

/// <summary>As <see cref="TelnyxDecimalConverter"/>, with null and "" read as no amount.</summary>
public sealed class TelnyxNullableDecimalConverter : JsonConverter<decimal?>
{
    public override bool HandleNull => true;

    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is null) writer.WriteNullValue();
        else writer.WriteStringValue(value.Value.ToString(CultureInfo.InvariantCulture));
    }

    internal static decimal? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return reader.GetDecimal();
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text)) return null;
                if (decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)) return value;
                throw new JsonException($"'{text}' is not a decimal amount.");
            default:
                throw new JsonException($"Expected a decimal amount, found {reader.TokenType}.");
        }
    }
}
