using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Web.Security;

namespace SafeguardingPortal.Features.Pledges;

/// <summary>
/// The concern form's limit per client address, on pledges from people without an account (signed-in staff share
/// their offices' addresses). The pledge page asks it itself, rather than leaving it to the rate-limiting middleware,
/// so that a refused pledge comes back as the form with its answers in it instead of a bare error page.
/// </summary>
public sealed class PledgeFormLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.FormPermitLimit,
            Window = TimeSpan.FromSeconds(options.Value.FormWindowSeconds),
        }));

    /// <returns>Null when the pledge may go ahead, or how long to wait.</returns>
    public TimeSpan? Refuse(HttpContext context)
    {
        using var lease = limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait
            : TimeSpan.FromSeconds(options.Value.FormWindowSeconds);
    }

    public void Dispose() => limiter.Dispose();
}
