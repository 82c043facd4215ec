namespace SafeguardingPortal.Testing;

/// <summary>
/// Third-party API documents (SendGrid, Umbraco) from <c>shared/contracts/</c> beside the checkout. They are never
/// copied into the repository; a checkout elsewhere finds them in the nearest folder above that has them, and a
/// machine without them fails the tests that need them rather than skipping.
/// </summary>
public static class SharedContracts
{
    public static string Path(params string[] parts)
    {
        for (var dir = new DirectoryInfo(RepositoryRoot.Path).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine([dir.FullName, "shared", "contracts", .. parts]);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"shared/contracts/{string.Join('/', parts)} was not found beside the checkout or above it.");
    }
}
