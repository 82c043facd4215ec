using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Content.Umbraco;

/// <summary>One document as last read from Umbraco by any instance, in one language.</summary>
public sealed class SharedDocument
{
    public required string Language { get; init; }

    public Guid Id { get; init; }

    /// <summary>The portal's <see cref="DeliveryItem"/> as JSON.</summary>
    public required string Json { get; init; }
}

/// <summary>Goes up by one each time an instance stores a new set of documents, so the others know to load it.</summary>
public sealed class SharedDocumentsVersion
{
    public const int Row = 1;

    public int Id { get; init; } = Row;

    public long Version { get; set; }
}

public sealed class SharedDocumentConfiguration : IEntityTypeConfiguration<SharedDocument>
{
    public void Configure(EntityTypeBuilder<SharedDocument> builder)
    {
        builder.ToTable("UmbracoDocuments");
        builder.HasKey(d => new { d.Language, d.Id });
        builder.Property(d => d.Language).HasMaxLength(10);
    }
}

public sealed class SharedDocumentsVersionConfiguration : IEntityTypeConfiguration<SharedDocumentsVersion>
{
    public void Configure(EntityTypeBuilder<SharedDocumentsVersion> builder)
    {
        builder.ToTable("UmbracoDocumentsVersion");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
    }
}

/// <summary>
/// The last good documents, kept in the database so every instance serves the same content: one instance's
/// webhook reaches the others at their next check, and an instance that starts while Umbraco is down serves what
/// was last read rather than the embedded <c>content/</c>.
/// </summary>
public sealed class SharedDocuments(PortalDbContext db)
{
    public async Task<long> VersionAsync(CancellationToken cancellationToken) =>
        await db.Set<SharedDocumentsVersion>().Where(v => v.Id == SharedDocumentsVersion.Row).Select(v => v.Version).SingleOrDefaultAsync(cancellationToken);

    public async Task<(long Version, Dictionary<string, Dictionary<Guid, DeliveryItem>> Documents)> ReadAsync(CancellationToken cancellationToken)
    {
        var version = await VersionAsync(cancellationToken);
        var rows = await db.Set<SharedDocument>().AsNoTracking().ToListAsync(cancellationToken);
        var documents = rows.GroupBy(r => r.Language).ToDictionary(
            g => g.Key,
            g => g.Select(r => JsonSerializer.Deserialize<DeliveryItem>(r.Json)!).ToDictionary(d => d.Id));
        return (version, documents);
    }

    /// <summary>Replaces the stored documents with <paramref name="documents"/> and returns the new version.</summary>
    public async Task<long> WriteAsync(Dictionary<string, Dictionary<Guid, DeliveryItem>> documents, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<SharedDocument>().ExecuteDeleteAsync(cancellationToken);
        db.AddRange(documents.SelectMany(l => l.Value.Values.Select(d => new SharedDocument { Language = l.Key, Id = d.Id, Json = JsonSerializer.Serialize(d) })));
        var row = await db.Set<SharedDocumentsVersion>().SingleOrDefaultAsync(v => v.Id == SharedDocumentsVersion.Row, cancellationToken);
        if (row is null)
        {
            row = new SharedDocumentsVersion();
            db.Add(row);
        }

        row.Version++;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row.Version;
    }
}
