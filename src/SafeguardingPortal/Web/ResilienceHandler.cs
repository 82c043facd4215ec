using Polly;

namespace SafeguardingPortal.Web;

/// <summary>
/// Runs an HttpClient's requests through a Polly pipeline (Microsoft.Extensions.Http.Resilience does not restore
/// here). The body is buffered first, so a retry sends the same bytes again.
/// </summary>
public sealed class ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        return await pipeline.ExecuteAsync(async token => await base.SendAsync(request, token), cancellationToken);
    }
}
