using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Features.Dashboard.Impact;

/// <summary>Adds one to a channel's count for today: an atomic update, or the day's first row.</summary>
public sealed class ChannelCounter(PortalDbContext db, TimeProvider time, ILogger<ChannelCounter> logger)
{
    /// <param name="source">An already validated <c>src</c> tag, or null for a visit without one.</param>
    public async Task RecordAsync(ChannelStage stage, string? source, CancellationToken cancellationToken)
    {
        var day = LondonTime.Today(time);
        var channel = source ?? ChannelCount.Direct;
        try
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                if (await IncrementAsync(day, channel, stage, cancellationToken))
                {
                    return;
                }

                db.Add(new ChannelCount { Id = Guid.NewGuid(), Day = day, Channel = channel, Stage = stage, Count = 1 });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return;
                }
                catch (DbUpdateException)
                {
                    // Another request made the day's row first: add to it instead.
                    db.ChangeTracker.Clear();
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A count must never stand between someone and reporting a concern.
            logger.LogWarning("Channel count not recorded ({Error})", ex.GetType().Name);
        }
    }

    private async Task<bool> IncrementAsync(DateOnly day, string channel, ChannelStage stage, CancellationToken cancellationToken) =>
        await db.Set<ChannelCount>()
            .Where(c => c.Day == day && c.Channel == channel && c.Stage == stage)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Count, x => x.Count + 1), cancellationToken) > 0;
}
