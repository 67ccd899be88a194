using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmTelnyx.Telnyx;

/// <summary>The JSON dialects Telnyx speaks: snake_case for the v2 API and webhooks, camelCase for 10DLC.</summary>
public static class TelnyxJson
{
    public static readonly JsonSerializerOptions SnakeCase = Create(JsonNamingPolicy.SnakeCaseLower);

    public static readonly JsonSerializerOptions CamelCase = Create(JsonNamingPolicy.CamelCase);

    private static JsonSerializerOptions Create(JsonNamingPolicy naming)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = naming,
            DictionaryKeyPolicy = naming,
            // Omitted fields keep their value on PATCH ("null or omitted keeps the current value").
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
            // Bodies go to an API, never into HTML: keep "+" in E.164 numbers readable instead of \u002B.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new TelnyxDecimalConverter());
        options.Converters.Add(new TelnyxNullableDecimalConverter());
        options.MakeReadOnly();
        return options;
    }
}
