using Microsoft.EntityFrameworkCore;
using Npgsql;
using SafeguardingPortal.Data;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>
/// Imports an ONS Postcode Directory (ONSPD) or National Statistics Postcode Lookup (NSPL) CSV (routing.md §4.3):
/// its live postcodes that have a local authority district replace the previous import, all or nothing, so a
/// failed import leaves the last good one in place.
/// </summary>
public sealed class PostcodeImporter(PortalDbContext db, TimeProvider time)
{
    /// <summary>Rows written per round trip: large enough for speed, small enough to keep memory flat over 2.6 million.</summary>
    private const int BatchSize = 10_000;

    public async Task<PostcodeImportResult> ImportAsync(TextReader csv, string release, CancellationToken cancellationToken = default)
    {
        var columns = ImportColumns.FromHeader(await csv.ReadLineAsync(cancellationToken));

        // The import only adds, and this context is the import's scope: EF need not scan for changes.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<ImportedPostcode>().ExecuteDeleteAsync(cancellationToken);

        var batch = new List<ImportedPostcode>(BatchSize);
        int rows = 0, terminated = 0, withoutDistrict = 0, line = 1;
        while (await csv.ReadLineAsync(cancellationToken) is { } text)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            var fields = CsvLine.Split(text);
            if (fields.Count < columns.Width)
            {
                throw new InvalidDataException($"Line {line} has {fields.Count} fields, fewer than the header's columns. Nothing was imported.");
            }

            if (fields[columns.Terminated].Length > 0)
            {
                terminated++;
                continue;
            }

            // No district (e.g. no grid reference yet): left out, so the postcode falls through to the built-in data.
            var district = fields[columns.District].Trim();
            if (district.Length == 0)
            {
                withoutDistrict++;
                continue;
            }

            if (!Postcode.TryNormalise(fields[columns.Postcode], out var postcode))
            {
                throw new InvalidDataException($"Line {line}: '{fields[columns.Postcode]}' is not a postcode. Nothing was imported.");
            }

            batch.Add(new ImportedPostcode { Postcode = postcode, LadCode = district });
            rows++;
            if (batch.Count == BatchSize)
            {
                await WriteAsync(batch, cancellationToken);
            }
        }

        await WriteAsync(batch, cancellationToken);
        var import = new PostcodeImport { Release = release, Rows = rows, ImportedAt = time.GetUtcNow() };
        db.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PostcodeImportResult(import, terminated, withoutDistrict);
    }

    /// <summary>
    /// PostgreSQL takes the batch through COPY, several times faster than INSERTs over a full release; SQLite
    /// inserts in-process, so EF inserts in batches are quick enough. Both run inside the import's transaction.
    /// </summary>
    private async Task WriteAsync(List<ImportedPostcode> batch, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            await using var copy = await connection.BeginBinaryImportAsync(
                $"COPY \"{ImportedPostcodeConfiguration.Table}\" (\"{nameof(ImportedPostcode.Postcode)}\", \"{nameof(ImportedPostcode.LadCode)}\") FROM STDIN (FORMAT BINARY)",
                cancellationToken);
            foreach (var postcode in batch)
            {
                await copy.WriteRowAsync(cancellationToken, postcode.Postcode, postcode.LadCode);
            }

            await copy.CompleteAsync(cancellationToken);
        }
        else
        {
            db.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        batch.Clear();
    }
}

/// <param name="Terminated">Rows skipped because the postcode is no longer in use.</param>
/// <param name="WithoutDistrict">Live rows skipped because they have no local authority district.</param>
public sealed record PostcodeImportResult(PostcodeImport Import, int Terminated, int WithoutDistrict);
