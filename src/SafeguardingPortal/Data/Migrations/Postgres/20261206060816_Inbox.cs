using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SafeguardingPortal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Inbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                table: "Concerns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedRejectionReason",
                table: "Concerns",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TeamCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcernId = table.Column<Guid>(type: "uuid", nullable: false),
                    Team = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Decision = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ProtectedRationale = table.Column<string>(type: "text", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    SignedOffAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SignedOffBy = table.Column<Guid>(type: "uuid", nullable: true),
                    TransferredTo = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ProtectedTransferReason = table.Column<string>(type: "text", nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProtectedOutcome = table.Column<string>(type: "text", nullable: true),
                    FeelsSafer = table.Column<int>(type: "integer", nullable: true),
                    OutcomesMet = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TeamCases_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TeamCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProtectedText = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_TeamCases_TeamCaseId",
                        column: x => x.TeamCaseId,
                        principalTable: "TeamCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ClosedAt",
                table: "Concerns",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_TeamCaseId",
                table: "CaseNotes",
                column: "TeamCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamCases_ConcernId_Team",
                table: "TeamCases",
                columns: new[] { "ConcernId", "Team" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TeamCases_FollowUpOn",
                table: "TeamCases",
                column: "FollowUpOn");

            migrationBuilder.CreateIndex(
                name: "IX_TeamCases_Team_Status",
                table: "TeamCases",
                columns: new[] { "Team", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "TeamCases");

            migrationBuilder.DropIndex(
                name: "IX_Concerns_ClosedAt",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "ProtectedRejectionReason",
                table: "Concerns");
        }
    }
}
