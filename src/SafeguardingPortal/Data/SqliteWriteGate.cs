using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SafeguardingPortal.Data;

/// <summary>
/// SQLite has one writer at a time, and writers that find the file locked sleep and retry with growing waits,
/// so under load some reports wait far longer than others. Queueing this process's saves first come, first
/// served keeps every wait short; readers are untouched (write-ahead logging lets them read meanwhile).
/// A save inside an explicit transaction (the postcode import's batches) is not gated: the gate would be
/// released between batches while the transaction still holds SQLite's lock.
/// </summary>
public sealed class SqliteWriteGate : SaveChangesInterceptor
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new();

    // The gate each saving context holds, so a save that never got the gate (cancelled while waiting) releases nothing.
    private static readonly ConditionalWeakTable<DbContext, SemaphoreSlim> Holding = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context!.Database.CurrentTransaction is null)
        {
            var gate = GateOf(eventData);
            await gate.WaitAsync(cancellationToken);
            Holding.AddOrUpdate(eventData.Context, gate);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context!.Database.CurrentTransaction is null)
        {
            var gate = GateOf(eventData);
            gate.Wait();
            Holding.AddOrUpdate(eventData.Context, gate);
        }

        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return Task.CompletedTask;
    }

    // EF raises a concurrency conflict through these, not through SaveChangesFailed: without them a failed
    // optimistic-concurrency check kept the gate, and every later write on the database waited forever.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Release(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return Task.CompletedTask;
    }

    private static void Release(DbContextEventData eventData)
    {
        if (Holding.TryGetValue(eventData.Context!, out var gate))
        {
            Holding.Remove(eventData.Context!);
            gate.Release();
        }
    }

    // One gate per database file.
    private static SemaphoreSlim GateOf(DbContextEventData eventData) =>
        Gates.GetOrAdd(eventData.Context!.Database.GetDbConnection().DataSource, _ => new SemaphoreSlim(1, 1));
}
