namespace SafeguardingPortal.Testing;

/// <summary>The checkout the tests run from, found by walking up to the solution file.</summary>
public static class RepositoryRoot
{
    public static readonly string Path = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SafeguardingPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SafeguardingPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
