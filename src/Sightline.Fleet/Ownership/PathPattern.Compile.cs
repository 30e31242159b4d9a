namespace Sightline.Fleet.Ownership;

internal sealed partial class PathPattern
{
    /// <summary>A pattern that matches no path ("/" alone).</summary>
    private static readonly PathPattern Nothing = new([GlobSegment.Star, GlobSegment.Star]) { _never = true };

    private bool _never;

    public bool MatchesNothing => _never;

    /// <summary>
    /// Compiles a pattern as written (escapes included, no leading '!').
    /// GitHub (gitignore, as GitHub documents it): a leading '/' or a '/' before the last segment anchors
    /// at the root, otherwise the pattern matches at any depth; a trailing '/' or "/**" means "everything
    /// under this directory"; a last segment that is exactly "*" matches direct children only; any other
    /// last segment matches a file or a directory, with everything under it.
    /// GitLab (Ruby's File.fnmatch with FNM_PATHNAME | FNM_DOTMATCH against "/path", after GitLab's own
    /// normalisation): a pattern without a leading '/' is prefixed with "/**/" even when it has inner
    /// slashes; a trailing '/' becomes "/**/*"; otherwise the whole path must match, so "docs" names a file,
    /// not a directory; "**" is a globstar only when a '/' follows it, else it is a '*'; "[...]" classes work.
    /// </summary>
    public static PathPattern Compile(string raw, CodeOwnersFlavor flavor)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var github = flavor == CodeOwnersFlavor.GitHub;
        var text = raw.AsSpan();
        var anchored = text.StartsWith('/');
        text = text.TrimStart('/');
        var directory = text.EndsWith('/');
        text = text.TrimEnd('/');
        var segments = new List<string>();
        foreach (var range in text.Split('/'))
        {
            if (range.End.Value > range.Start.Value)
            {
                segments.Add(text[range].ToString());
            }
        }

        if (segments.Count == 0)
        {
            return Nothing;
        }

        if (github && segments.Count > 1)
        {
            anchored = true;
        }

        var steps = new List<GlobSegment?>();
        if (!anchored)
        {
            steps.Add(null);
        }

        for (var i = 0; i < segments.Count; i++)
        {
            var globstar = segments[i] == "**" && (github || directory || i < segments.Count - 1);
            if (!globstar)
            {
                steps.Add(GlobSegment.Parse(segments[i], classes: !github));
            }
            else if (steps.Count == 0 || steps[^1] is not null)
            {
                steps.Add(null);
            }
        }

        if (directory || (github && steps[^1] is null))
        {
            // Everything under the directory: at least one more segment.
            while (steps.Count > 0 && steps[^1] is null)
            {
                steps.RemoveAt(steps.Count - 1);
            }

            steps.Add(GlobSegment.Star);
            steps.Add(null);
        }
        else if (github && !steps[^1]!.IsLoneStar)
        {
            // The file itself, or the directory of that name and everything under it.
            steps.Add(null);
        }

        return new PathPattern([.. steps]);
    }
}
