using CrmTelnyx.Hosting;

namespace CrmTelnyx.Features.Calls.Audio;

/// <summary>The absolute links Telnyx is given in playback_start.</summary>
public sealed class CallAudioUrls(AppAddresses addresses)
{
    public string HoldMusic => Absolute(CallAudioEndpoints.HoldMusicPath);

    public string Uploaded(string fileName) => Absolute(CallAudioEndpoints.UploadPath(fileName));

    private string Absolute(string path) => new Uri(addresses.PublicBaseUrl, path.TrimStart('/')).ToString();
}
