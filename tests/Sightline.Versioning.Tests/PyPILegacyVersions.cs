namespace Sightline.Versioning.Tests;

/// <summary>
/// Versions in the pypa advisories that are not PEP 440 and so are rejected on purpose: releases
/// uploaded to PyPI before PEP 440 (2014) that only setuptools' legacy ordering understood.
/// </summary>
internal static class PyPILegacyVersions
{
    public static readonly string[] InPypaAdvisories =
    [
        // jw.util: a repr() of a class uploaded as a version.
        "-class.-jw.util.version.Version-",

        // paramiko 0.1 / 0.9 code names; binderhub and jubatus dash suffixes that are not post numbers.
        "0.1-bulbasaur", "0.1-charmander", "0.9-doduo", "0.9-eevee", "0.9-fearow", "0.9-gyarados", "0.9-horsea",
        "0.9-ivysaur", "0.2.0-n653", "0.3.1-p1", "0.4.0-p1",

        // joblib letter suffixes (d, e, f, g are not PEP 440 pre-release letters).
        "0.3.2d", "0.3.2d.dev", "0.3.2e.dev", "0.3.2f", "0.3.2f.dev", "0.3.2g.dev", "0.7.0d",

        // rope milestones ("m" is not a PEP 440 pre-release letter).
        "0.3m1", "0.3m2", "0.3m3", "0.3m4", "0.3m5", "0.4m1", "0.4m2", "0.4m3", "0.4m4", "0.4m5",
        "0.5m1", "0.5m2", "0.5m3", "0.5m4", "0.5m5", "0.6m1", "0.6m2", "0.6m3", "0.6m4", "0.6m5", "0.6m6",

        // ipython and buildbot patch-level spellings.
        "0.7.1.fix1", "0.7.4.svn.r2010", "0.7.10p1", "0.7.11p1", "0.7.11p2", "0.7.11p3", "0.8.1p1", "0.8.3p1",
        "0.8.4p1", "0.8.4p2", "0.8.6p1", "0.8.7p1",

        // Words after the release that PEP 440 has no place for.
        "1.0beta6.1", "2.0.0-final", "2.0.1rc2-git", "3.0.0b3-", "4.11-final", "5.0-final", "a3", "trunk",

        // limnoria and steam: ISO timestamps and dates.
        "2013-01-21T20:33:09+0100", "2013-01-23T17:11:52+0100", "2013-02-01T20:50:46+0100", "2013-02-02T19:59:03+0100",
        "2013-02-02T20:23:17+0100", "2013-02-08T17:40:57+0000", "2013-03-27T16:32:26+0100", "2013-05-09T12:47:53+0200",
        "2013-05-10T17:55:56+0200", "2013-05-14T20:16:05+0200", "2013-06-01T10:32:51+0200", "2013-07-19T09:11:08+0000",
        "2013-08-12T21:48:56+0200", "2013-09-11T19-27-10", "2013-12-23T17-51-15", "2014-01-12T15-52-10", "2019-09-12",
    ];
}
