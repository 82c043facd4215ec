using System.Net;
using Polly;
using Polly.Retry;

namespace SafeguardingPortal.Content.Umbraco.Push;

/// <summary>
/// Retries a request after a network error, a 429 or a 5xx, with exponential backoff and jitter. Safe for writes
/// too: every create names its stable id, so a repeat of one that did land is refused rather than duplicated, and
/// the next push finds it. Other 4xx are never retried: Umbraco has judged the request. Waits are real time, as a
/// remote server's recovery is.
/// </summary>
public static class UmbracoPushResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Pipeline(UmbracoPushOptions options) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = TimeProvider.System }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException } => true,
                    { Result.StatusCode: HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError } => true,
                    _ => false,
                }),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
}
