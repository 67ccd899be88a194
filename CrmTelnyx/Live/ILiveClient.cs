namespace CrmTelnyx.Live;

/// <summary>What the server can call on a browser (handled by wwwroot-assets/src/js/live.js).</summary>
public interface ILiveClient
{
    Task Event(LiveEvent liveEvent);
}
