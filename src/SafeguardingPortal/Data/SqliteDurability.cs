using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SafeguardingPortal.Data;

/// <summary>
/// A report is "received" only once it is on disk: write-ahead logging with a full sync on every commit, so a
/// power cut after the confirmation page cannot lose it. (PostgreSQL's default synchronous_commit=on does this.)
/// </summary>
public sealed class SqliteDurability : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
