using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>
/// Reads the imported postcodes a request needs, so the caller can pass each one's LAD code to the pure
/// <see cref="PostcodeDirectory.Lookup"/>.
/// </summary>
public sealed class ImportedPostcodes(PortalDbContext db)
{
    /// <returns>Normalised postcode → LAD code, for those of <paramref name="normalisedPostcodes"/> the import holds.</returns>
    public async Task<IReadOnlyDictionary<string, string>> FindAsync(IEnumerable<string> normalisedPostcodes, CancellationToken cancellationToken = default)
    {
        var wanted = normalisedPostcodes.Distinct(StringComparer.Ordinal).ToList();
        return await db.Set<ImportedPostcode>()
            .AsNoTracking()
            .Where(p => wanted.Contains(p.Postcode))
            .ToDictionaryAsync(p => p.Postcode, p => p.LadCode, StringComparer.Ordinal, cancellationToken);
    }
}
