namespace CrmTelnyx.Live;

/// <summary>The one way features push to open browsers.</summary>
public interface ILiveNotifier
{
    Task PublishAsync(string topic, string name, object? data = null, CancellationToken cancellationToken = default);
}
