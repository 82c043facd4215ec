using SafeguardingPortal.Features.Champions.Briefings;

namespace SafeguardingPortal.Tests.Champions;

/// <summary>The rotating sign-in code: six readable characters, current or just-changed accepted, nothing outside the session.</summary>
public sealed class AttendanceCodesTests
{
    private static readonly byte[] Secret = AttendanceCodes.NewSecret();
    private static readonly DateTimeOffset Opens = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Closes = Opens.AddHours(1);

    [Fact]
    public void The_code_is_six_characters_people_can_read_off_a_screen()
    {
        var code = AttendanceCodes.For(Secret, Opens);

        Assert.Equal(6, code.Length);
        Assert.All(code, c => Assert.Contains(c, AttendanceCodes.Alphabet));
        Assert.DoesNotContain('0', AttendanceCodes.Alphabet);
        Assert.DoesNotContain('O', AttendanceCodes.Alphabet);
        Assert.DoesNotContain('1', AttendanceCodes.Alphabet);
        Assert.DoesNotContain('I', AttendanceCodes.Alphabet);
    }

    [Fact]
    public void The_code_rotates_and_the_one_just_before_is_still_accepted()
    {
        var at = Opens.AddMinutes(30);
        var current = AttendanceCodes.For(Secret, at);
        var previous = AttendanceCodes.For(Secret, at - AttendanceCodes.Step);
        var older = AttendanceCodes.For(Secret, at - (2 * AttendanceCodes.Step));

        Assert.NotEqual(current, previous);
        Assert.True(AttendanceCodes.Accepts(Secret, current, at, Opens, Closes));
        Assert.True(AttendanceCodes.Accepts(Secret, $" {previous[..3].ToLowerInvariant()}-{previous[3..]} ", at, Opens, Closes));
        Assert.False(AttendanceCodes.Accepts(Secret, older, at, Opens, Closes));
    }

    [Fact]
    public void Codes_expire_with_the_session_and_belong_to_it()
    {
        var last = Closes.AddTicks(-1);

        Assert.True(AttendanceCodes.Accepts(Secret, AttendanceCodes.For(Secret, last), last, Opens, Closes));
        Assert.False(AttendanceCodes.Accepts(Secret, AttendanceCodes.For(Secret, Closes), Closes, Opens, Closes));
        Assert.False(AttendanceCodes.Accepts(Secret, AttendanceCodes.For(Secret, Opens), Opens.AddTicks(-1), Opens, Closes));
        Assert.False(AttendanceCodes.Accepts(AttendanceCodes.NewSecret(), AttendanceCodes.For(Secret, Opens), Opens, Opens, Closes));
        Assert.False(AttendanceCodes.Accepts(Secret, null, Opens, Opens, Closes));
        Assert.False(AttendanceCodes.Accepts(Secret, "ABC", Opens, Opens, Closes));
    }
}
