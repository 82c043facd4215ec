namespace SafeguardingPortal.Testing;

/// <summary>
/// The routing data of <c>../shared/routing/</c>, read from there when the checkout sits beside it, else from the
/// copy under <c>tests/SafeguardingPortal.Tests/TestData/routing/</c> (kept identical by a test), so the tests run
/// in a checkout on its own.
/// </summary>
public static class SharedRouting
{
    public static string SharedPath(string file) => RepositoryRoot.Combine("..", "shared", "routing", file);

    public static string CopyPath(string file) => RepositoryRoot.Combine("tests", "SafeguardingPortal.Tests", "TestData", "routing", file);

    public static string Path(string file) => File.Exists(SharedPath(file)) ? SharedPath(file) : CopyPath(file);
}
