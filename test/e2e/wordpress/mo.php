<?php
/**
 * Reads .mo files with WordPress's own MO reader (wp-includes/pomo/mo.php, as
 * load_textdomain() does) and prints JSON: for each file (by its name) its
 * headers and entries (context, singular, plural, translations).
 *
 *   WP_DIR=/usr/share/wordpress php mo.php a.mo b.mo
 */
require __DIR__ . '/bootstrap.php';

$out = array();
foreach ( array_slice( $argv, 1 ) as $file ) {
	$mo = new MO();
	if ( ! $mo->import_from_file( $file ) ) {
		fwrite( STDERR, "MO could not read $file\n" );
		exit( 1 );
	}
	$entries = array();
	foreach ( $mo->entries as $entry ) {
		$entries[] = array(
			'context'      => $entry->context,
			'singular'     => $entry->singular,
			'plural'       => $entry->plural,
			'translations' => $entry->translations,
		);
	}
	$out[ basename( $file ) ] = array(
		'headers' => $mo->headers,
		'entries' => $entries,
	);
}
echo json_encode( $out );
