using System.Text.RegularExpressions;
using CrmTelnyx.Hosting;

namespace CrmTelnyx.Features.Calls.Audio;

/// <summary>
/// Recordings admins upload to be played on calls (voicemail greetings, the prepared voicemail):
/// &lt;data folder&gt;/call-audio/&lt;random&gt;.mp3|wav. The name is random (128 bits) because Telnyx fetches the file by
/// its link without signing in; it says nothing about the number or the company.
/// </summary>
public sealed partial class UploadedAudioFiles(DataFolder dataFolder)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public string Folder { get; } = dataFolder.Combine("call-audio");

    [GeneratedRegex("^[0-9a-f]{32}\\.(mp3|wav)$")]
    private static partial Regex StoredName();

    /// <summary>The stored file, or null for any name this class would not have made (no path can escape the folder).</summary>
    public string? PathOf(string fileName) => StoredName().IsMatch(fileName) ? Path.Combine(Folder, fileName) : null;

    /// <summary>Copies a checked upload in under a new random name; written aside and moved, so a half-written file is never played.</summary>
    public async Task<string> SaveAsync(Stream audio, AudioFormat format, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{Guid.NewGuid():N}.{format.Extension}";
        var part = Path.Combine(Folder, name + ".part");
        await using (var file = File.Create(part))
            await audio.CopyToAsync(file, cancellationToken);
        File.Move(part, Path.Combine(Folder, name));
        return name;
    }

    public void Delete(string? fileName)
    {
        if (fileName is not null && PathOf(fileName) is { } path) File.Delete(path);
    }
}
