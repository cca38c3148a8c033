using LaserGrains.Gateway.Auth.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Auth.Users;

/// <summary>Admins create, list and delete staff accounts.</summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/users").WithTags("Access");
        group.MapPost("", CreateAsync)
            .WithSummary("Creates an account; without a password one is generated and returned, only this once.").ProducesProblem(400);
        group.MapGet("", ListAsync).WithSummary("Every account: name, role, lockout (never a password or its hash).");
        group.MapDelete("/{id:long}", DeleteAsync)
            .WithSummary("Deletes an account; its sessions end within 5 seconds. The last admin account cannot be deleted (409).")
            .ProducesProblem(404).ProducesProblem(409);
        return group;
    }

    internal static async Task<Results<Created<UserJson>, ProblemHttpResult>> CreateAsync(
        UserRequest body, AccountService accounts, CancellationToken cancellationToken)
    {
        if (!RoleNames.TryParse(body?.Role, out var role))
        {
            return TypedResults.Problem(title: "Invalid user", detail: "role must be viewer, operator or admin.", statusCode: 400);
        }

        var (account, password, problem) = await accounts.CreateAsync(body!.UserName ?? "", body.Password, role, cancellationToken);
        if (account is null) return TypedResults.Problem(title: "Invalid user", detail: problem, statusCode: 400);
        return TypedResults.Created($"/users/{account.Id}", UserJson.From(account, body.Password is null ? password : null));
    }

    internal static async Task<Ok<UserJson[]>> ListAsync(IAccountStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListAsync(cancellationToken)).Select(a => UserJson.From(a, null)).ToArray());

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, IAccountStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(id, cancellationToken) switch
        {
            AccountDeletion.Deleted => TypedResults.NoContent(),
            AccountDeletion.LastAdmin => TypedResults.Problem(title: "Last admin",
                detail: $"User {id} is the last admin account; create another admin before deleting it.", statusCode: 409),
            _ => TypedResults.Problem(title: "Not found", detail: $"No user {id}.", statusCode: 404),
        };
}

/// <summary>The body of POST /users; password optional (generated when absent).</summary>
public sealed record UserRequest(string? UserName, string? Password, string? Role);

/// <summary>An account as the API shows it; a generated password only in the answer that created it.</summary>
public sealed record UserJson(long Id, string UserName, string Role, int FailedLogins, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt, string? Password)
{
    public static UserJson From(Account a, string? generatedPassword)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.UserName, RoleNames.Name(a.Role), a.FailedLogins, a.LockedUntil, a.CreatedAt, generatedPassword);
    }
}
