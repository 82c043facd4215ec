using SafeguardingPortal.Features.Concerns.Postcodes;

namespace SafeguardingPortal.Tests.Concerns;

public class PostcodesTests
{
    [Theory]
    [InlineData("EC2V 7HH", "EC2V7HH")]
    [InlineData("ec2v 7hh", "EC2V7HH")]
    [InlineData("  Ec2V\t7hH ", "EC2V7HH")]
    [InlineData("EC2V7HH", "EC2V7HH")]
    [InlineData("E C 2 V 7 H H", "EC2V7HH")]
    [InlineData("SW1A 1AA", "SW1A1AA")]
    [InlineData("W1D 3QF", "W1D3QF")]
    [InlineData("N1 9GU", "N19GU")]
    [InlineData("CR0 1NX", "CR01NX")]
    [InlineData("BT1 1AA", "BT11AA")]
    [InlineData("gir 0aa", "GIR0AA")]
    [InlineData("M1 1AE", "M11AE")]
    public void TryNormalise_WellFormed_GivesUpperCaseWithoutSpaces(string input, string expected)
    {
        Assert.True(Postcode.TryNormalise(input, out var normalised));
        Assert.Equal(expected, normalised);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("EC2V")]
    [InlineData("EC2V 7H")]
    [InlineData("EC2V 7HHH")]
    [InlineData("1C2V 7HH")]
    [InlineData("EC2V 77H")]
    [InlineData("EI1 1AA")]
    [InlineData("EZ1 1AA")]
    [InlineData("EC2V-7HH")]
    [InlineData("GIR 0AB")]
    [InlineData("SW1A 1AA!")]
    public void TryNormalise_Malformed_IsRefused(string? input)
    {
        Assert.False(Postcode.TryNormalise(input, out var normalised));
        Assert.Equal("", normalised);
    }

    [Theory]
    [InlineData("EC2V7HH", "EC2V 7HH", "EC2V 7")]
    [InlineData("N19GU", "N1 9GU", "N1 9")]
    [InlineData("W1D3QF", "W1D 3QF", "W1D 3")]
    [InlineData("CF101EP", "CF10 1EP", "CF10 1")]
    [InlineData("GIR0AA", "GIR 0AA", "GIR 0")]
    public void DisplayAndSector_SplitBeforeTheLastThreeCharacters(string normalised, string display, string sector)
    {
        Assert.Equal(display, Postcode.Display(normalised));
        Assert.Equal(sector, Postcode.Sector(normalised));
    }
}
