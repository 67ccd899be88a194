using CrmTelnyx.Data;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Recordings;

/// <summary>
/// One attempt to copy a pending recording into the app's storage. The file is written aside and moved into place
/// complete; the row becomes stored (its temporary link dropped), or after the last attempt failed with the reason.
/// </summary>
public sealed class DownloadRecording(
    CrmDbContext db, TelnyxRecordingDownloads downloads, RecordingFiles files, ILiveNotifier live, TimeProvider time, ILogger<DownloadRecording> logger)
{
    /// <returns>How long to wait before trying again; null when the recording is stored, failed for good, or not pending.</returns>
    public async Task<TimeSpan?> RunAsync(long recordingId, CancellationToken cancellationToken)
    {
        var recording = await db.CallRecordings.Include(r => r.Call).SingleOrDefaultAsync(r => r.Id == recordingId, cancellationToken);
        if (recording is not { Status: RecordingStatus.Pending, SourceUrl: { } url }) return null;

        recording.DownloadAttempts++;
        var incoming = files.NewIncomingPath();
        try
        {
            string? mediaType;
            await using (var file = new FileStream(incoming, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                mediaType = await downloads.CopyToAsync(url, file, cancellationToken);
            var contentType = RecordingFiles.ContentTypeOf(mediaType, url);
            var fileName = RecordingFiles.FileNameFor(recording.Id, recording.StartedAt ?? time.GetUtcNow().UtcDateTime, contentType);
            var path = files.PathOf(fileName);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Move(incoming, path, overwrite: true);

            recording.FileName = fileName;
            recording.ContentType = contentType;
            recording.SizeBytes = new FileInfo(path).Length;
            recording.Status = RecordingStatus.Stored;
            recording.SourceUrl = null;
            recording.Error = null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = ex is TelnyxException telnyx ? telnyx.UserMessage : $"The recording could not be written ({ex.Message}).";
            logger.LogWarning(ex, "Downloading recording {RecordingId} failed (attempt {Attempt} of {MaxAttempts})",
                recording.Id, recording.DownloadAttempts, RecordingDownloadSchedule.MaxAttempts);
            recording.Error = Shorten(recording.DownloadAttempts >= RecordingDownloadSchedule.MaxAttempts
                ? $"The recording could not be saved after {recording.DownloadAttempts} attempts. {reason}"
                : reason);
            if (recording.DownloadAttempts >= RecordingDownloadSchedule.MaxAttempts) recording.Status = RecordingStatus.Failed;
        }
        finally
        {
            if (File.Exists(incoming)) File.Delete(incoming);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (recording.Status == RecordingStatus.Pending) return RecordingDownloadSchedule.DelayAfter(recording.DownloadAttempts);
        try
        {
            await live.PublishCallAsync(recording.Call!, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The recording is saved either way; an open page only misses the nudge until its next refresh.
            logger.LogWarning(ex, "A live update after recording {RecordingId} failed", recording.Id);
        }
        return null;
    }

    private static string Shorten(string error) => error.Length <= 500 ? error : error[..499] + "…";
}
