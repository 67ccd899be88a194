using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmTelnyx.Sandbox;

/// <summary>The wire format Telnyx speaks: snake_case names, nulls written out, money as strings.</summary>
public static class SandboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Telnyx writes "+13125550100", not "\u002B13125550100"; the bodies are JSON, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>10DLC speaks camelCase and returns bare objects, without the {"data":…} wrapper.</summary>
    public static readonly JsonSerializerOptions CamelCase = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Bare(object value) => TypedResults.Json(value, CamelCase);

    public static string Money(decimal amount) => amount.ToString("0.0000#####", CultureInfo.InvariantCulture);

    public static string Money2(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Telnyx's timestamp form, e.g. 2024-01-15T21:32:14.148+00:00.</summary>
    public static string? Time(DateTime? utc) =>
        utc is null ? null : DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+00:00'", CultureInfo.InvariantCulture);

    public static IResult Data(object data, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Json(new { data }, Options, statusCode: statusCode);
}
