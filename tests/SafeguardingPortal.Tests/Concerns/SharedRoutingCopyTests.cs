using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Concerns;

/// <summary>The copies under TestData/routing stay identical to ../shared, so a checkout on its own tests the same data.</summary>
public class SharedRoutingCopyTests
{
    [Theory]
    [InlineData("postcode-sectors-gb.json")]
    [InlineData("codepoint-ec-e1-wc.nspl.csv")]
    public void Copy_WhenSharedIsPresent_IsByteForByteTheSame(string file)
    {
        Assert.True(File.Exists(SharedRouting.CopyPath(file)), $"TestData/routing/{file} is missing");

        // Without ../shared (a checkout on its own) there is nothing to compare with, and the copy is what the tests read.
        if (File.Exists(SharedRouting.SharedPath(file)))
        {
            Assert.Equal(File.ReadAllBytes(SharedRouting.SharedPath(file)), File.ReadAllBytes(SharedRouting.CopyPath(file)));
        }
    }
}
