using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CrmTelnyx.Telnyx;

/// <summary>Runs each Telnyx request through the shared pipeline and turns "could not reach Telnyx" into one exception.</summary>
public sealed class TelnyxResilienceHandler(TelnyxResiliencePipeline pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isRead = TelnyxRetryRules.IsRead(request.Method);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(TelnyxResiliencePipeline.IsReadKey, isRead);
        try
        {
            return await pipeline.Pipeline.ExecuteAsync(
                static (ctx, state) => new ValueTask<HttpResponseMessage>(state.Handler.SendOnceAsync(state.Request, ctx.CancellationToken)),
                context, (Handler: this, Request: request));
        }
        catch (BrokenCircuitException ex)
        {
            throw new TelnyxUnreachableException(TelnyxUnreachableException.DefaultMessage, ex);
        }
        catch (Exception ex) when (ex is TimeoutRejectedException or HttpRequestException)
        {
            var nothingHappened = isRead || TelnyxRetryRules.NeverReachedTelnyx(ex);
            throw nothingHappened ? new TelnyxUnreachableException(TelnyxUnreachableException.DefaultMessage, ex) : TelnyxUnreachableException.MaybeApplied(ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
