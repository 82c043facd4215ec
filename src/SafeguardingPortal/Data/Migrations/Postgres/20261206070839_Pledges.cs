using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafeguardingPortal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Pledges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Pledges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    FirstName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ProtectedEmail = table.Column<string>(type: "text", nullable: true),
                    Department = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PersonalAction = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: true),
                    PledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OnWall = table.Column<bool>(type: "boolean", nullable: false),
                    ShowName = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    QuarantineReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FollowUpSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Honoured = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pledges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Pledges_PledgedAt",
                table: "Pledges",
                column: "PledgedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Pledges_UserId_PledgedAt",
                table: "Pledges",
                columns: new[] { "UserId", "PledgedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Pledges");
        }
    }
}
