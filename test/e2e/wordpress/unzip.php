<?php
/**
 * Unpacks a plugin zip as WordPress's installer does without the zip
 * extension (unzip_file()'s PclZip path, wp-admin/includes/file.php), with
 * the direct filesystem: `php unzip.php <zip> <folder/>`. Prints "ok", or
 * the error.
 */
require __DIR__ . '/bootstrap.php';
foreach ( array( 'file.php', 'class-pclzip.php', 'class-wp-filesystem-base.php', 'class-wp-filesystem-direct.php' ) as $file ) {
	require_once ABSPATH . 'wp-admin/includes/' . $file;
}
define( 'FS_CHMOD_DIR', 0755 );
define( 'FS_CHMOD_FILE', 0644 );
$GLOBALS['wp_filesystem'] = new WP_Filesystem_Direct( null );

$result = _unzip_file_pclzip( $argv[1], $argv[2] );
echo true === $result ? 'ok' : $result->get_error_message();
