import { render } from 'preact';
import { PopupApp } from './PopupApp';
import '@/components/theme.css';
import './popup.css';

render(<PopupApp />, document.getElementById('app')!);
