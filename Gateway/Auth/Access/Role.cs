namespace LaserGrains.Gateway.Auth.Access;

/// <summary>The staff roles, weakest first; each one may do everything the ones before it may.</summary>
public enum Role
{
    Viewer = 1,
    Operator = 2,
    Admin = 3,
}

/// <summary>Role names as stored, sent in role claims and accepted by the API and the commands.</summary>
public static class RoleNames
{
    public const string Viewer = "viewer";
    public const string Operator = "operator";
    public const string Admin = "admin";

    public static string Name(Role role) => role switch
    {
        Role.Viewer => Viewer,
        Role.Operator => Operator,
        Role.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>A stored role name; the table's CHECK constraint allows no other.</summary>
    public static Role Parse(string text) =>
        TryParse(text, out var role) ? role : throw new FormatException($"'{text}' is not a role.");

    public static bool TryParse(string? text, out Role role)
    {
        role = text?.Trim().ToLowerInvariant() switch
        {
            Viewer => Role.Viewer,
            Operator => Role.Operator,
            Admin => Role.Admin,
            _ => 0,
        };
        return role != 0;
    }

    /// <summary>The role claims a principal of <paramref name="role"/> carries: its own and every weaker one.</summary>
    /// <remarks>So a policy names one role and an external identity needs only to map onto one of the three names.</remarks>
    public static IEnumerable<string> Implied(Role role) =>
        Enum.GetValues<Role>().Where(r => r <= role).Select(Name);
}
