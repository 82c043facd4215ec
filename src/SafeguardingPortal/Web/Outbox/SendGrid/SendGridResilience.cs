using System.Globalization;
using System.Net;
using Polly;
using Polly.Retry;

namespace SafeguardingPortal.Web.Outbox.SendGrid;

/// <summary>
/// SendGrid's retry policy (security.md §19): 429 after the time its <c>X-RateLimit-Reset</c> names, 5xx and network
/// errors with exponential backoff and jitter. 4xx other than 429 is never retried: sending again cannot fix it.
/// </summary>
public static class SendGridResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Pipeline(SendGridOptions options) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = TimeProvider.System }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.QuickRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.QuickRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException } => true,
                    { Result.StatusCode: HttpStatusCode.TooManyRequests } r => RateLimitWait(r.Result) is not { } wait || wait <= options.MaxRateLimitWait,
                    { Result.StatusCode: >= HttpStatusCode.InternalServerError } => true,
                    _ => false,
                }),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } r ? RateLimitWait(r) : null),
                OnRetry = args =>
                {
                    // The answer that is being retried is not returned to anyone, so its connection is freed here.
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    /// <summary>Until the epoch second in <c>X-RateLimit-Reset</c> (SendGrid's clock, so the real one), or null without it.</summary>
    private static TimeSpan? RateLimitWait(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-RateLimit-Reset", out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var reset)
            ? TimeSpan.FromTicks(Math.Max(0, (DateTimeOffset.FromUnixTimeSeconds(reset) - TimeProvider.System.GetUtcNow()).Ticks))
            : null;
}
