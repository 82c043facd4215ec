using System.Net;
using Polly;
using Polly.Retry;

namespace SafeguardingPortal.Web;

/// <summary>
/// Quick retries of a request to another service after a network error, a 408, a 429 or a 5xx, with exponential
/// backoff and jitter. Other 4xx are never retried: the service has judged the request. Waits are real time, as a
/// remote service's recovery is. (SendGrid has its own policy, which honours its rate-limit reset time.)
/// </summary>
public static class HttpRetry
{
    public static ResiliencePipeline<HttpResponseMessage> Pipeline(int retries, TimeSpan firstDelay) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = TimeProvider.System }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = firstDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException } => true,
                    { Result.StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError } => true,
                    _ => false,
                }),
                OnRetry = args =>
                {
                    // The answer being retried is returned to no one, so its connection is freed here.
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
}
