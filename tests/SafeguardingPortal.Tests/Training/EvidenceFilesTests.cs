using System.Text;
using SafeguardingPortal.Features.Training.PriorLearning;

namespace SafeguardingPortal.Tests.Training;

public sealed class EvidenceFilesTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "application/pdf")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 }, "image/jpeg")]
    public void ContentTypeOf_RecognisesTheAcceptedTypesByTheirFirstBytes(byte[] content, string expected) =>
        Assert.Equal(expected, EvidenceFiles.ContentTypeOf(content));

    [Theory]
    [InlineData("<html><script>alert(1)</script>")]
    [InlineData("GIF89a")]
    [InlineData("PK\u0003\u0004 a Word document")]
    [InlineData(" %PDF-1.7")]
    [InlineData("")]
    public void ContentTypeOf_RefusesAnythingElse(string content) =>
        Assert.Null(EvidenceFiles.ContentTypeOf(Encoding.Latin1.GetBytes(content)));

    [Fact]
    public void ContentTypeOf_RefusesATruncatedSignature() =>
        Assert.Null(EvidenceFiles.ContentTypeOf([0x89, 0x50, 0x4E, 0x47]));

    [Fact]
    public void ExtensionFor_FollowsTheDetectedType() =>
        Assert.Equal("jpg", EvidenceFiles.ExtensionFor("image/jpeg"));
}
