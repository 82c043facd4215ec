using SafeguardingPortal.Features.Concerns.Api;
using SafeguardingPortal.Features.Concerns.Reports;

namespace SafeguardingPortal.Tests.Concerns;

public class ConcernReferenceTests
{
    [Fact]
    public void New_IsNtsAndEightCrockfordCharacters_AndDoesNotRepeat()
    {
        var references = Enumerable.Range(0, 10_000).Select(_ => ConcernReference.New()).ToList();

        Assert.All(references, r => Assert.Matches("^NTS-[0-9A-HJKMNP-TV-Z]{8}$", r));
        Assert.Equal(references.Count, references.Distinct().Count());
    }

    [Theory]
    [InlineData("020 7946 0000", true)]
    [InlineData("07700 900123", true)]
    [InlineData("+44 20 7946 0000", true)]
    [InlineData("0044 7700 900123", true)]
    [InlineData("+1 (202) 555-0123", true)]
    [InlineData("12", false)]
    [InlineData("020 7946", false)]
    [InlineData("call me", false)]
    public void IsPhone(string phone, bool valid) => Assert.Equal(valid, ConcernSubmissionReader.IsPhone(phone));
}
