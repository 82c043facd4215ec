using System.Net;
using Polly;
using Polly.Retry;

namespace SafeguardingPortal.Content.Umbraco;

/// <summary>Three quick retries of a network error, 408, 429 or 5xx; a page that is still unreadable leaves the last good content in place.</summary>
public static class DeliveryApiResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Pipeline { get; } =
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException } => true,
                    { Result.StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError } => true,
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
