namespace Sightline.Ecosystems.Cargo.Graph;

/// <summary>
/// Just enough of Cargo's requirement semantics to tell apart two declarations of one crate at different
/// major versions (`rand = "0.7"` and `rand08 = { package = "rand", version = "0.8" }`): a requirement is
/// taken to accept a version when they agree up to the first non-zero component of the requirement, as a
/// caret requirement does.
/// </summary>
internal static class Requirements
{
    public static bool Compatible(string? requirement, string version)
    {
        if (requirement is null)
        {
            return false;
        }

        var wanted = Numbers(requirement.TrimStart('^', '~', '=', '>', '<', ' ', 'v'));
        var actual = Numbers(version);
        if (wanted.Count == 0 || actual.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < wanted.Count && i < actual.Count; i++)
        {
            if (wanted[i] != actual[i])
            {
                return false;
            }

            if (wanted[i] != 0)
            {
                return true;
            }
        }

        return true;
    }

    private static List<long> Numbers(string text)
    {
        var numbers = new List<long>(3);
        foreach (var part in text.Split('.', 4))
        {
            var digits = part.TakeWhile(char.IsAsciiDigit).ToArray();
            if (digits.Length == 0 || !long.TryParse(digits, out var n))
            {
                break;
            }

            numbers.Add(n);
        }

        return numbers;
    }
}
