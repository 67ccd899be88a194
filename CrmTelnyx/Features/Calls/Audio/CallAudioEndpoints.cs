using CrmTelnyx.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrmTelnyx.Features.Calls.Audio;

/// <summary>
/// The audio Telnyx plays on calls, fetched by Telnyx itself from App:PublicBaseUrl, so without signing in:
/// GET /call-audio/hold-music.wav and GET /call-audio/uploads/{file}. A greeting is what any caller hears anyway,
/// and its name is random, so nothing private is exposed.
/// </summary>
public static class CallAudioEndpoints
{
    public const string Prefix = "/call-audio";
    public const string HoldMusicPath = $"{Prefix}/{HoldMusic.FileName}";
    public const string UploadPattern = Prefix + "/uploads/{File}";

    public static string UploadPath(string fileName) => $"{Prefix}/uploads/{fileName}";

    public static IEndpointRouteBuilder MapCallAudio(this IEndpointRouteBuilder app)
    {
        app.MapGet(HoldMusicPath, () => TypedResults.File(HoldMusic.Wav, AudioFormat.Wav.ContentType, enableRangeProcessing: true)).AllowAnonymous();
        app.MapGet(UploadPattern, Upload).AllowAnonymous();
        return app;
    }

    private static Results<PhysicalFileHttpResult, NotFound> Upload(string file, UploadedAudioFiles files) =>
        files.PathOf(file) is { } path && File.Exists(path) && AudioFormat.OfStoredName(file) is { } format
            ? TypedResults.PhysicalFile(path, format.ContentType, enableRangeProcessing: true)
            : TypedResults.NotFound();
}
