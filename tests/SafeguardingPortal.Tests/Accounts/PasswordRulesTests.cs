using SafeguardingPortal.Features.Accounts.Passwords;

namespace SafeguardingPortal.Tests.Accounts;

/// <summary>NCSC: long passwords without composition rules, refusing only the guessable.</summary>
public sealed class PasswordRulesTests
{
    [Theory]
    [InlineData("correct horse battery")]
    [InlineData("kettle orbit marigold")]
    [InlineData("alllowercaseandlong")]
    [InlineData("ᱥᱟᱱᱛᱟᱲᱤ ᱯᱟᱹᱨᱥᱤ ᱫᱚ")]
    public void Long_passwords_need_no_digits_capitals_or_symbols(string password) =>
        Assert.Null(PasswordRules.Check(password, "ada@example.com", "Ada Lovelace"));

    [Theory]
    [InlineData("password12345", "PasswordGuessable")]
    [InlineData("Password!2024", "PasswordGuessable")]
    [InlineData("qwerty123456", "PasswordGuessable")]
    [InlineData("noticethesigns1", "PasswordGuessable")]
    [InlineData("aaaaaaaaaaaaaaa", "PasswordRepetitive")]
    [InlineData("abababababababab", "PasswordRepetitive")]
    [InlineData("lovelace forever more", "PasswordPersonal")]
    [InlineData("my example email address", "PasswordPersonal")]
    public void Guessable_passwords_are_refused(string password, string code) =>
        Assert.Equal(code, PasswordRules.Check(password, "ada@example.com", "Ada Lovelace")?.Code);

    [Fact]
    public void A_common_word_inside_a_long_passphrase_is_fine() =>
        Assert.Null(PasswordRules.Check("my dragon eats marmalade sandwiches", null, null));

    [Fact]
    public void Very_long_passwords_are_refused_before_hashing() =>
        Assert.Equal("PasswordTooLong", PasswordRules.Check(new string('x', 200) + new string('y', 57), null, null)?.Code);
}
